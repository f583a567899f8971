# The Vulnerabilities page (issue 5): its item models fed with hand-built rows, and the page on a
# real database (filters, bulk triage with undo, read-only, feed text shown literally).
pp_add_test(tst_vulnmodels LIBS pp_models LABELS "unit;models")
pp_add_test(tst_vulnpage LIBS pp_ui LABELS "ui")
