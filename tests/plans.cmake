# Patch plans (issue 7): storage on SQLite and PostgreSQL, the plan service (creation,
# proposals, conflicts, completion) on the demo estate, and the plan commands as a process.
pp_add_test(tst_planrepository LIBS pp_models LABELS "unit;storage" POSTGRES)
pp_add_test(tst_planservice LIBS pp_models LABELS "unit;models" POSTGRES)
pp_add_test(tst_cli_plans LIBS pp_models LABELS "cli" POSTGRES)
target_compile_definitions(tst_cli_plans PRIVATE PP_APP="$<TARGET_FILE:patchplanner>")
add_dependencies(tst_cli_plans patchplanner)
# Tools > Step templates.
pp_add_test(tst_templatesdialog LIBS pp_ui LABELS "ui" POSTGRES)
