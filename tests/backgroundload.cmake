# Issue 9: the window shows first and its pages read large lists in the background (the
# start-up of app/windowstartup.h, so it links pp_app).
pp_add_test(tst_backgroundload LIBS pp_app LABELS "ui")
