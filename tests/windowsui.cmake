# Issue 7 screens (windowsui): the Windows page (maintenance windows, blackouts, the month
# calendar with holidays), the window and blackout dialogs and the plan settings dialog.
pp_add_test(tst_windowsui LIBS pp_ui LABELS "ui" POSTGRES)
