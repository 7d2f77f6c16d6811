// The source the tests' shared precompiled headers are made beside (voicepay_test_precompile in
// tests/CMakeLists.txt): a target compiles a precompiled header only with a source file of its own.
