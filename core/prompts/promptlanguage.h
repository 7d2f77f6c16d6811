#pragma once

#include "numberreader.h"
#include "prompttext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace voicepay {

// The wording of the prompts in one language: the text of every phrase id, the token order of the variants
// whose order differs from en-US, and the reader of its numbers, amounts, dates and digits.
struct PromptWording
{
    QString code; // "fr-FR"
    QString name; // in the language itself: "Français"
    QList<Phrase> phrases;
    QHash<QString, QStringList> templates; // variant id -> tokens, where the order differs from en-US
    QStringList securityCodeAsk; // tokens of security_code.ask.<brand>; "code_side": code_on_front/_back
    const NumberReader* reader = nullptr;
};

// The languages the prompts are spoken in. A language is chosen per call (CallContext::language), else by the
// configuration; an unknown one is refused with the list of those available.
class PromptLanguage
{
public:
    static QStringList available(); // en-US, fr-FR, es-ES, de-DE
    static QString fallback(); // en-US
    // The code of a language given as "fr-FR", "fr_FR", "fr" (any case); empty when there is none.
    static QString normalise(const QString& code);
    static bool isAvailable(const QString& code) { return !normalise(code).isEmpty(); }
    // "unknown language \"xx\" (available: en-US, fr-FR, es-ES, de-DE)"
    static QString refusal(const QString& code);
    // The call's language when it gives one, else the configured one; empty with `error` set when unknown.
    static QString choose(const QString& callLanguage, const QString& configured, QString* error = nullptr);

    // The wording and the reader of a language; en-US's for an unknown or empty code.
    static const PromptWording& wording(const QString& code);
    static const NumberReader& reader(const QString& code);
};

} // namespace voicepay
