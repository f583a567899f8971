# Planning rules of issue 5 (pure, no database): vulnerability matching, due dates and tracks,
# pending patch targets.
pp_add_test(tst_vulnmatch LIBS pp_models LABELS "unit;planning")
pp_add_test(tst_duepolicy LIBS pp_models LABELS "unit;planning")
pp_add_test(tst_pendingpatches LIBS pp_models LABELS "unit;planning")
