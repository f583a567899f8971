# Frozen systems, compensating controls, risk acceptance and operational cadences (issue 6):
# the pure rules, and the repository on SQLite and PostgreSQL.
pp_add_test(tst_controlrules LIBS pp_models LABELS "unit;planning")
pp_add_test(tst_controlrepository LIBS pp_models LABELS "unit;storage" POSTGRES)
