# The roadmap and frozen-register PDFs (issue 8, item 2): the documents built from the demo
# estate and read back with poppler (pdftotext, pdfinfo, pdffonts), the roadmap chart's
# pagination, and export roadmap|frozen --pdf as a process.
pp_add_test(tst_roadmappainter LIBS pp_models LABELS "unit;io")
pp_add_test(tst_roadmapdocument LIBS pp_models LABELS "unit;io")
pp_add_test(tst_frozendocument LIBS pp_models LABELS "unit;io")
pp_add_test(tst_cli_reportpdfs LIBS pp_models LABELS "cli")
target_compile_definitions(tst_cli_reportpdfs PRIVATE PP_APP="$<TARGET_FILE:patchplanner>")
add_dependencies(tst_cli_reportpdfs patchplanner)
