# Maintenance windows (issue 7): RRULE expansion with libical across time zones and DST, and
# Japan's public holidays by the law's rules.
pp_add_test(tst_recurrence LIBS pp_models LABELS "unit;planning")
pp_add_test(tst_holidays LIBS pp_models LABELS "unit;planning")
