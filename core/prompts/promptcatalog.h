#pragma once

#include "promptsegment.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

// The values a prompt template may refer to ("$amount", "$brand", ...).
struct PromptValues
{
    std::optional<Money> amount;
    std::optional<Money> due;
    std::optional<Money> minimum;
    std::optional<Money> maximum;
    QString brand;
    QString lastFour;
    int cardLength = 0;
    int expiryMonth = 0;
    int expiryYear = 0;
    QString codeName;
    int codeLength = 0;
    QString transactionId;
    QString paymentReference;
    QList<int> menuKeys; // correction menu: 1 amount, 2 card number, 3 expiry, 4 security code
};

// One prompt variant: a template of phrase ids and "$placeholders", and where in the flow it is played.
struct PromptVariant
{
    QString id; // "card_number.luhn_failed"
    QString step; // the collection step it belongs to, or empty for call-level prompts
    QString situation; // "ask", "retry", "no_input", "no_match", an error kind, or a closing kind
    QString brand; // set for brand-specific variants
    QStringList tokens;
};

// Every prompt variant the engine can play, so the console can list, show and preview them all.
class PromptCatalog
{
public:
    static const QList<PromptVariant>& variants();
    static const PromptVariant* find(const QString& id);

    // The tokens of a variant in a language (en-US when none is given): phrase ids and "$placeholders". Every
    // language has every variant, with the same placeholders; the order may differ.
    static QStringList tokens(const QString& id, const QString& language = QString());

    // Builds the prompt of a variant from values, in a language (en-US when none is given). An unknown id
    // gives a prompt with no segments.
    static Prompt build(
        const QString& id, const PromptValues& values = {}, const QString& language = QString());
    // The prompt of a variant without placeholders in a language, the same on every call and already
    // rendered; null when the variant needs values (or is unknown).
    static const Prompt* fixed(const QString& id, const QString& language = QString());
    // A rendering with example values, for previews.
    static Prompt example(const QString& id, const QString& language = QString());
};

} // namespace voicepay
