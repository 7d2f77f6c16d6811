# The KPI store's benchmark: inserts against raw SQLite, and a year of rollups against a raw GROUP BY.
qt_add_executable(bench_store store_benchmark.cpp)
target_link_libraries(bench_store PRIVATE voicepay_store)
# The SQLite C API is the yardstick the store is measured against.
find_package(SQLite3 REQUIRED)
target_link_libraries(bench_store PRIVATE SQLite::SQLite3)
set_target_properties(bench_store PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
add_dependencies(benchmarks bench_store)
# `voicepay-sim load` end to end against the SQLite C API inserting the same rows.
qt_add_executable(bench_load load_benchmark.cpp)
target_link_libraries(bench_load PRIVATE voicepay_store SQLite::SQLite3)
set_target_properties(bench_load PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
add_dependencies(bench_load voicepay-sim)
add_dependencies(benchmarks bench_load)
