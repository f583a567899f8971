# Frozen systems, compensating controls, risk acceptance and operational cadences (issue 6):
# the pure rules, and the repository on SQLite and PostgreSQL.
pp_add_test(tst_controlrules LIBS pp_models LABELS "unit;planning")
pp_add_test(tst_controlrepository LIBS pp_models LABELS "unit;storage" POSTGRES)
# The Workspace's undoable edits and signed records of issue 6, and the clock moving.
pp_add_test(tst_workspacecontrols LIBS pp_models LABELS "unit;models" POSTGRES)
# report frozen and report due, as a process.
pp_add_test(tst_cli_controls LIBS pp_models LABELS "cli" POSTGRES)
target_compile_definitions(tst_cli_controls PRIVATE PP_APP="$<TARGET_FILE:patchplanner>")
add_dependencies(tst_cli_controls patchplanner)
