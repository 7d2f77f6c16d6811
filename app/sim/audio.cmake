# Call audio in voicepay-sim: the prompt set generator and `run/test --audio OUT_DIR`.
target_sources(voicepay-sim PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/promptsynthesiser.cpp ${CMAKE_CURRENT_LIST_DIR}/promptsynthesiser.h
  ${CMAKE_CURRENT_LIST_DIR}/promptsetcommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/audiooption.cpp
)
target_link_libraries(voicepay-sim PRIVATE voicepay_audio)

# A prompt set per language is synthesised at build time from the segment texts compiled into voicepay-sim
# (espeak-ng's voice for the language), and, where Debian's asterisk-core-sounds-{en,fr,es}-wav are installed, a
# recorded set built from those human recordings wherever they hold the segment, the synthesised segments copied
# from the first set. The command only makes again what changed, so a rebuild of the tool costs a fraction of a
# second here. The sets are made one at a time (a job pool of one), each on two worker threads.
set(VOICEPAY_PROMPTSET_DIR ${CMAKE_BINARY_DIR}/prompts/en-US CACHE INTERNAL "the generated en-US prompt set")
set(VOICEPAY_PROMPT_LANGUAGES en-US fr-FR es-ES de-DE)
set(VOICEPAY_ASTERISK_SOUNDS /usr/share/asterisk/sounds)
set(VOICEPAY_ASTERISK_en-US en_US_f_Allison)
set(VOICEPAY_ASTERISK_fr-FR fr_CA_f_June)
set(VOICEPAY_ASTERISK_es-ES es_MX_f_Allison)
find_program(VOICEPAY_ESPEAK_NG espeak-ng)
find_program(VOICEPAY_SOX sox)
# A second build of the same sources (the sanitizer stage of scripts/test.sh) can name the first one's prompts
# folder in VOICEPAY_PROMPTSETS_FROM: its synthesised segments that match are copied (`--reuse`) rather than
# synthesised again, which was most of the time the sets took; the recorded sets are still made here.
set(VOICEPAY_PROMPTSETS_FROM "" CACHE PATH "prompts folder of another build whose synthesised segments are reused")
if(VOICEPAY_ESPEAK_NG AND VOICEPAY_SOX)
  set_property(GLOBAL APPEND PROPERTY JOB_POOLS voicepay_promptsets=1)
  set(manifests)
  foreach(lang ${VOICEPAY_PROMPT_LANGUAGES})
    set(dir ${CMAKE_BINARY_DIR}/prompts/${lang})
    set(reuse)
    if(VOICEPAY_PROMPTSETS_FROM)
      set(reuse --reuse ${VOICEPAY_PROMPTSETS_FROM}/${lang})
    endif()
    add_custom_command(OUTPUT ${dir}/manifest.json
      COMMAND voicepay-sim promptset --out ${dir} --lang ${lang} --jobs 2 ${reuse}
      DEPENDS voicepay-sim
      JOB_POOL voicepay_promptsets
      COMMENT "Synthesising the ${lang} prompt set (espeak-ng, sox)"
      VERBATIM)
    list(APPEND manifests ${dir}/manifest.json)
    set(voice ${VOICEPAY_ASTERISK_SOUNDS}/${VOICEPAY_ASTERISK_${lang}})
    if(DEFINED VOICEPAY_ASTERISK_${lang} AND EXISTS ${voice}/digits/1.wav)
      set(recorded ${CMAKE_BINARY_DIR}/prompts/recorded/${lang})
      add_custom_command(OUTPUT ${recorded}/manifest.json
        COMMAND voicepay-sim promptset --out ${recorded} --lang ${lang} --recordings ${voice} --reuse ${dir}
          --jobs 2
        DEPENDS voicepay-sim ${dir}/manifest.json
        JOB_POOL voicepay_promptsets
        COMMENT "Making the recorded ${lang} prompt set (asterisk-core-sounds, sox)"
        VERBATIM)
      list(APPEND manifests ${recorded}/manifest.json)
    endif()
  endforeach()
  add_custom_target(voicepay_promptset ALL DEPENDS ${manifests})
else()
  message(WARNING "espeak-ng or sox is missing: the prompt sets are not generated "
    "(scripts/install-deps.sh --test installs both)")
  add_custom_target(voicepay_promptset)
endif()
