# Printed documents (issue 8): the print engine, read back with poppler-utils.
pp_add_test(tst_printdocument LIBS pp_models LABELS "unit;io")
# The printed plan on the demo estate with the real NVD and KEV samples.
pp_add_test(tst_plandocument LIBS pp_models LABELS "unit;io")
# export plan ID --pdf as a process, headless.
pp_add_test(tst_cli_planpdf LIBS pp_models LABELS "cli")
target_compile_definitions(tst_cli_planpdf PRIVATE PP_APP="$<TARGET_FILE:patchplanner>")
add_dependencies(tst_cli_planpdf patchplanner)
# Printing from the Plans page: the print dialog and the PDF written in the background.
pp_add_test(tst_planprint LIBS pp_ui LABELS "ui")
