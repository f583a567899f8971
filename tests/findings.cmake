# Findings and pending patches (issue 5): storage, triage and its undo.
pp_add_test(tst_findingrepository LIBS pp_models LABELS "unit;storage" POSTGRES)
pp_add_test(tst_triage LIBS pp_models LABELS "unit;models" POSTGRES)
