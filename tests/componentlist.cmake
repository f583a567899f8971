# Issue 9: the component list at 100,000 rows, in behaviour (the indexed filter-and-sort proxy
# against FilterProxyModel, selection kept, the background load of the Components page).
pp_add_test(tst_componentlist LIBS pp_ui LABELS "ui;models")
