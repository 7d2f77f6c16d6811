#pragma once

#include "audio/promptset.h"

#include <QDir>
#include <QFileInfo>
#include <QString>

// The en-US prompt set that the build generates (target voicepay_promptset).
inline QString generatedPromptSetDir()
{
    return QStringLiteral(VOICEPAY_BINARY_DIR "/prompts/en-US");
}

inline bool generatedPromptSetExists()
{
    return QFileInfo::exists(voicepay::PromptSet::manifestPath(generatedPromptSetDir()));
}
