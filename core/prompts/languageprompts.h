#pragma once

#include "promptcatalog.h"
#include "prompttext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <array>

namespace voicepay {

// The prompt catalogue of one language, compiled once: every variant's tokens resolved to the phrases they
// name and to placeholders by kind, the variants without placeholders built and rendered. A call keeps the
// one of its language and plays each prompt with one look-up by id; nothing is looked up by language, token
// or phrase id while it runs. PromptCatalog::build and ::fixed give the same prompts.
class LanguagePrompts
{
public:
    // The placeholders a template may hold: "$amount", "$due", ...
    enum class Value : quint8 {
        None, // a phrase
        Amount,
        Due,
        Min,
        Max,
        Brand,
        Last4,
        Card,
        Expiry,
        CodeName,
        CodeLength,
        TransactionId,
        PaymentReference,
        Menu,
        Unknown, // a placeholder no value fills: it gives no segment
    };

    struct Part
    {
        Value value = Value::None;
        QString phraseId; // Value::None
        const Phrase* phrase = nullptr; // null for a phrase id the language lacks
    };

    struct Variant
    {
        QString id;
        QList<Part> parts;
        bool isFixed = false; // no placeholder: `fixed` is the prompt, the same on every call
        Prompt fixed;
        quint32 values = 0; // the placeholders it holds, bit (1 << Value)
        bool uses(Value value) const { return values & (1u << quint32(value)); }
    };

    // en-US's for an empty or unknown code (its prompts name no language).
    static const LanguagePrompts& of(const QString& language);

    const Variant* find(const QString& id) const;
    // A variant's place in the catalogue, the same in every language: a caller that plays an id again and
    // again resolves it once and then finds its variant with no look-up. -1 for an id the catalogue lacks.
    static qsizetype indexOf(const QString& id);
    const Variant* at(qsizetype index) const
    {
        return index >= 0 && index < m_variants.size() ? &m_variants.at(index) : nullptr;
    }
    const QString& language() const { return m_code; } // what its prompts name: empty for en-US
    // The prompt of a variant from values, rendered (a fixed variant's own prompt, copied).
    Prompt build(const Variant& variant, const PromptValues& values) const;

    static Value valueOf(QStringView placeholder); // "amount" (without the '$')
    // The segments a placeholder gives for these values (none for an absent amount).
    static void expand(Value value, const PromptValues& values, QList<PromptSegment>& out);

private:
    explicit LanguagePrompts(const QString& code);
    Variant compile(const PromptVariant& variant) const;
    const Phrase* phrase(const QString& id) const;

    QString m_code; // the language of the prompts: empty for en-US, as PromptCatalog::build names it
    QHash<QString, const Phrase*> m_phrases;
    QList<Variant> m_variants; // in the catalogue's order (indexOf)
};

} // namespace voicepay
