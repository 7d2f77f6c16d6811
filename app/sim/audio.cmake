# Call audio in voicepay-sim: the prompt set generator and `run/test --audio OUT_DIR`.
target_sources(voicepay-sim PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/promptsynthesiser.cpp ${CMAKE_CURRENT_LIST_DIR}/promptsynthesiser.h
  ${CMAKE_CURRENT_LIST_DIR}/promptsetcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/audiooption.cpp
)
target_link_libraries(voicepay-sim PRIVATE voicepay_audio)

# The en-US prompt set is synthesised at build time from the segment texts compiled into voicepay-sim; the
# command only makes again what changed, so a rebuild of the tool costs a fraction of a second here.
set(VOICEPAY_PROMPTSET_DIR ${CMAKE_BINARY_DIR}/prompts/en-US CACHE INTERNAL "the generated en-US prompt set")
find_program(VOICEPAY_ESPEAK_NG espeak-ng)
find_program(VOICEPAY_SOX sox)
if(VOICEPAY_ESPEAK_NG AND VOICEPAY_SOX)
  add_custom_command(OUTPUT ${VOICEPAY_PROMPTSET_DIR}/manifest.json
    COMMAND voicepay-sim promptset --out ${VOICEPAY_PROMPTSET_DIR} --jobs 2
    DEPENDS voicepay-sim
    COMMENT "Synthesising the en-US prompt set (espeak-ng, sox)"
    VERBATIM)
  add_custom_target(voicepay_promptset ALL DEPENDS ${VOICEPAY_PROMPTSET_DIR}/manifest.json)
else()
  message(WARNING "espeak-ng or sox is missing: the en-US prompt set is not generated "
    "(scripts/install-deps.sh --test installs both)")
  add_custom_target(voicepay_promptset)
endif()
