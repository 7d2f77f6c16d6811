# The KPI store's benchmark: inserts against raw SQLite, and a year of rollups against a raw GROUP BY.
qt_add_executable(bench_store store_benchmark.cpp)
target_link_libraries(bench_store PRIVATE voicepay_store)
# The SQLite C API is the yardstick the store is measured against.
find_package(SQLite3 REQUIRED)
target_link_libraries(bench_store PRIVATE SQLite::SQLite3)
set_target_properties(bench_store PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
add_dependencies(benchmarks bench_store)
