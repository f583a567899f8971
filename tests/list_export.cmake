# CSV and JSON for every list (issue 8, item 5): lists as the window shows them turned into
# tables (models/io/tableexport.h), File > Export list… on every page, and the list reports of
# the command line (report systems, windows, audit) run as a process.
pp_add_test(tst_tableexport LIBS pp_models LABELS "unit;io")
pp_add_test(tst_listexport LIBS pp_ui LABELS "ui")
pp_add_test(tst_cli_lists LIBS pp_models LABELS "cli")
target_compile_definitions(tst_cli_lists PRIVATE PP_APP="$<TARGET_FILE:patchplanner>")
add_dependencies(tst_cli_lists patchplanner)
