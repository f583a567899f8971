# Issue 9: the window shows first and its pages read large lists in the background (the
# start-up of app/windowstartup.h, so it links pp_app).
pp_add_test(tst_backgroundload LIBS pp_app LABELS "ui")
# The application's end waits for the reads running on the workers, before Qt SQL closes
# their connections (models/workerpool.h).
pp_add_test(tst_workershutdown LIBS pp_models LABELS "unit;storage")
