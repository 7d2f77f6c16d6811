# bench_sip: concurrent sipp calls on voicepay-ivr over loopback (see docs/phone.md).
qt_add_executable(bench_sip sip_benchmark.cpp)
target_link_libraries(bench_sip PRIVATE Qt6::Core Qt6::Network)
target_compile_definitions(bench_sip PRIVATE VOICEPAY_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
set_target_properties(bench_sip PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
add_dependencies(bench_sip voicepay-ivr)
add_dependencies(benchmarks bench_sip)
