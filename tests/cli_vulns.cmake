# The command line of issue 5 (import kev|nvd|jvn|sbom, report findings|patches), as a process.
pp_add_test(tst_cli_vulns LIBS pp_models LABELS "cli" POSTGRES)
target_compile_definitions(tst_cli_vulns PRIVATE PP_APP="$<TARGET_FILE:patchplanner>")
add_dependencies(tst_cli_vulns patchplanner)

# Vendor patch lists (import patches FILE.csv).
pp_add_test(tst_vendorpatchcsv LIBS pp_models LABELS "unit;io" POSTGRES)
