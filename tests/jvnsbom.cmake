# Issue 5: the JVN feed reader (JVNRSS and VULDEF XML) and the CycloneDX SBOM import.
pp_add_test(tst_jvnread LIBS pp_models LABELS "unit;io")
pp_add_test(tst_sbomimport LIBS pp_models LABELS "unit;io" POSTGRES)
