#include "languageprompts.h"

#include "promptlanguage.h"

#include <QMutex>
#include <QVarLengthArray>
#include <deque>

namespace voicepay {

namespace {

// A copy of `text` whose characters are never freed, handed out without a reference count: a prompt id, a
// phrase id or a language code goes into every prompt of every call, and copying a counted string is an
// atomic increment and decrement on a line all the engine threads share. The catalogue is compiled once per
// language, so this holds a few hundred short strings for the life of the program (never destroyed, as
// statics may still hand prompts out while the program ends).
QString permanent(const QString& text)
{
    static auto* const kept = new std::deque<QString>;
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    const QString& stored = kept->emplace_back(text);
    return QString::fromRawData(stored.constData(), stored.size());
}

} // namespace

LanguagePrompts::LanguagePrompts(const QString& code)
    : m_code(code == PromptLanguage::fallback() ? QString() : permanent(code))
{
    const PromptWording& wording = PromptLanguage::wording(code);
    for (const Phrase& p : wording.phrases) {
        m_phrases.insert(p.id, &p); // the wording lives as long as the program
    }
    const QList<PromptVariant>& variants = PromptCatalog::variants();
    m_variants.reserve(variants.size());
    for (const PromptVariant& variant : variants) {
        m_variants << compile(variant);
    }
}

qsizetype LanguagePrompts::indexOf(const QString& id)
{
    static const QHash<QString, qsizetype> places = [] {
        QHash<QString, qsizetype> out;
        const QList<PromptVariant>& variants = PromptCatalog::variants();
        for (qsizetype i = 0; i < variants.size(); ++i) {
            out.insert(variants.at(i).id, i); // the last of two equal ids wins, as it did in a hash by id
        }
        return out;
    }();
    return places.value(id, -1);
}

const LanguagePrompts& LanguagePrompts::of(const QString& language)
{
    static const QList<LanguagePrompts> all = [] {
        QList<LanguagePrompts> out;
        for (const QString& code : PromptLanguage::available()) {
            out << LanguagePrompts(code);
        }
        return out;
    }();
    // The flow passes a normalised code: found by comparing a handful of short strings, nothing copied.
    if (language.isEmpty() || language == PromptLanguage::fallback()) {
        return all.first(); // en-US comes first, stored as empty
    }
    const QString code = PromptLanguage::normalise(language);
    for (const LanguagePrompts& prompts : all) {
        if (!code.isEmpty() && prompts.m_code == code) {
            return prompts;
        }
    }
    return all.first();
}

const Phrase* LanguagePrompts::phrase(const QString& id) const
{
    return m_phrases.value(id, nullptr);
}

LanguagePrompts::Variant LanguagePrompts::compile(const PromptVariant& variant) const
{
    Variant out;
    out.id = permanent(variant.id);
    out.isFixed = true;
    const QStringList tokens
        = PromptCatalog::tokens(variant.id, m_code.isEmpty() ? PromptLanguage::fallback() : m_code);
    for (const QString& token : tokens) {
        Part part;
        if (token.startsWith(QLatin1Char('$'))) {
            part.value = valueOf(QStringView(token).mid(1));
            out.values |= 1u << quint32(part.value);
            out.isFixed = false;
        } else {
            part.phraseId = permanent(token);
            part.phrase = phrase(token);
        }
        out.parts << part;
    }
    if (out.isFixed) {
        out.fixed = build(out, {});
        out.fixed.rendered = permanent(out.fixed.rendered);
    }
    return out;
}

const LanguagePrompts::Variant* LanguagePrompts::find(const QString& id) const
{
    return at(indexOf(id));
}

Prompt LanguagePrompts::build(const Variant& variant, const PromptValues& values) const
{
    if (variant.isFixed && !variant.fixed.rendered.isEmpty()) {
        return variant.fixed;
    }
    Prompt prompt;
    prompt.id = variant.id;
    prompt.language = m_code;
    // Room for exactly the segments the parts give, at once: no regrowing while they are appended.
    qsizetype count = 0;
    for (const Part& part : variant.parts) {
        count += part.value == Value::Menu ? values.menuKeys.size() : 1;
    }
    prompt.segments.reserve(count);
    QVarLengthArray<const Phrase*, 16> phrases; // each segment's phrase, for the rendering
    for (const Part& part : variant.parts) {
        if (part.value == Value::None) {
            prompt.segments << PromptSegment::phrase(part.phraseId);
            phrases << part.phrase;
            continue;
        }
        const qsizetype before = prompt.segments.size();
        expand(part.value, values, prompt.segments);
        for (qsizetype i = before; i < prompt.segments.size(); ++i) {
            const PromptSegment& s = prompt.segments.at(i);
            phrases << (s.kind == PromptSegment::Kind::Phrase ? phrase(s.text) : nullptr); // menu items
        }
    }
    prompt.rendered = PromptText::render(prompt, phrases);
    return prompt;
}

LanguagePrompts::Value LanguagePrompts::valueOf(QStringView name)
{
    static const std::array<std::pair<QStringView, Value>, 13> names { {
        { u"amount", Value::Amount },
        { u"due", Value::Due },
        { u"min", Value::Min },
        { u"max", Value::Max },
        { u"brand", Value::Brand },
        { u"last4", Value::Last4 },
        { u"card", Value::Card },
        { u"expiry", Value::Expiry },
        { u"code_name", Value::CodeName },
        { u"code_length", Value::CodeLength },
        { u"transaction_id", Value::TransactionId },
        { u"payment_reference", Value::PaymentReference },
        { u"menu", Value::Menu },
    } };
    for (const auto& [text, value] : names) {
        if (name == text) {
            return value;
        }
    }
    return Value::Unknown;
}

void LanguagePrompts::expand(Value value, const PromptValues& values, QList<PromptSegment>& out)
{
    auto money = [&out](const std::optional<Money>& m) {
        if (m) {
            out << PromptSegment::amountOf(*m);
        }
    };
    switch (value) {
    case Value::Amount:
        return money(values.amount);
    case Value::Due:
        return money(values.due);
    case Value::Min:
        return money(values.minimum);
    case Value::Max:
        return money(values.maximum);
    case Value::Brand:
        out << PromptSegment::brand(values.brand);
        return;
    case Value::Last4:
        out << PromptSegment::digits(values.lastFour);
        return;
    case Value::Card:
        out << PromptSegment::cardDigits(values.cardLength, values.lastFour);
        return;
    case Value::Expiry:
        out << PromptSegment::date(values.expiryMonth, values.expiryYear);
        return;
    case Value::CodeName:
        out << PromptSegment::characters(values.codeName);
        return;
    case Value::CodeLength:
        out << PromptSegment::numberOf(values.codeLength);
        return;
    case Value::TransactionId:
        out << PromptSegment::digits(values.transactionId);
        return;
    case Value::PaymentReference:
        out << PromptSegment::characters(values.paymentReference);
        return;
    case Value::Menu: {
        static const QString items[]
            = { QStringLiteral("correction_amount"), QStringLiteral("correction_card"),
                  QStringLiteral("correction_expiry"), QStringLiteral("correction_code") };
        for (int key : values.menuKeys) {
            if (key >= 1 && key <= 4) {
                out << PromptSegment::phrase(items[key - 1]);
            }
        }
        return;
    }
    case Value::None:
    case Value::Unknown:
        return;
    }
}

} // namespace voicepay
