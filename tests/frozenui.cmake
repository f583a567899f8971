# Issue 6 screens (frozenui): the frozen-systems register page with its control, evidence and
# risk acceptance dialogs, the dashboard's gap tiles and the Vulnerabilities page's "Request risk
# acceptance" action, driven through the widgets on SQLite and PostgreSQL; and the register's
# item model on its own.
pp_add_test(tst_frozenui LIBS pp_ui LABELS "ui" POSTGRES)
pp_add_test(tst_frozenmodel LIBS pp_models LABELS "unit;models")
