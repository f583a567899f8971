# Vulnerability feed readers (issue 5): CISA KEV (JSON and CSV) and NVD CVE API 2.0 (streamed).
# Pure readers, no database.
pp_add_test(tst_kevread LIBS pp_models LABELS "unit;io")
pp_add_test(tst_nvdread LIBS pp_models LABELS "unit;io")
