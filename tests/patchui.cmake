# Issue 5 screens (patchui): the Patches page, the vendor patch dialog, the due-date policy
# dialog, the SBOM import dialog, the dashboard's vulnerability tiles and the new pages of the
# main window; and the feed import dialog running a real import in its background thread on its
# own connection (on PostgreSQL too: the worker's connection needs the window's password).
pp_add_test(tst_patchui LIBS pp_ui LABELS "ui" POSTGRES)
pp_add_test(tst_feedimportdialog LIBS pp_ui LABELS "ui" POSTGRES)
