# Version ordering, CPE names and the vulnerability enumerations (issue 5): pure, no database.
pp_add_test(tst_version LIBS pp_models LABELS "unit;domain")
pp_add_test(tst_cpe LIBS pp_models LABELS "unit;domain")
pp_add_test(tst_vulndomain LIBS pp_models LABELS "unit;domain")
