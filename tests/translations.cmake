# The Japanese translation file: complete, every message in a context, placeholders and
# mnemonics kept.
pp_add_test(tst_translations LIBS Qt6::Core LABELS "unit")
