# bench_speech: recognition accuracy and speed per flite voice and sample rate (see docs/speech.md).
qt_add_executable(bench_speech speech_benchmark.cpp)
target_link_libraries(bench_speech PRIVATE voicepay_speech voicepay_audio)
set_target_properties(bench_speech PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
add_dependencies(benchmarks bench_speech)
