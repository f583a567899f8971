# Issue 6 Calendar (calendarui): the Calendar page lists the operational cadences and periodic
# controls overdue first, grouped by week or month; marking done through the evidence dialog,
# editing an interval (undoably) and recording a major change. The due models headless.
pp_add_test(tst_calendarui LIBS pp_ui LABELS "ui" POSTGRES)
pp_add_test(tst_duetablemodel LIBS pp_models LABELS "unit;models")
