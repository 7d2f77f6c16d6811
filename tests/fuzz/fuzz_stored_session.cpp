// The store's readers of what it kept: a spool line (one session as JSON) and a replay document. Any bytes
// give a session or a reason, never a crash; whatever is accepted holds no card number and reads back the
// same.
#include "store/sessionrecord.h"
#include "store/sessionreplay.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

namespace {
bool hasLongDigitRun(const QString& text)
{
    int run = 0;
    for (const QChar c : text) {
        run = c.isDigit() ? run + 1 : 0;
        if (run > 6) {
            return true;
        }
    }
    return false;
}

bool masked(const voicepay::SessionReplay& replay)
{
    for (const auto& step : replay.steps) {
        if (hasLongDigitRun(step.step)) {
            return false;
        }
        for (const QString& p : step.prompts) {
            if (hasLongDigitRun(p)) {
                return false;
            }
        }
    }
    for (const QString& p : replay.closingPrompts) {
        if (hasLongDigitRun(p)) {
            return false;
        }
    }
    return !replay.transfer
        || (!hasLongDigitRun(replay.transfer->maskedCard) && !hasLongDigitRun(replay.transfer->reason));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    if (const auto replay = voicepay::SessionReplay::fromJson(bytes, &error)) {
        QString again;
        const auto back = voicepay::SessionReplay::fromJson(replay->toJson(), &again);
        if (!masked(*replay) || !back || back->toJson() != replay->toJson()) {
            __builtin_trap();
        }
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        error.clear();
        if (const auto record = voicepay::SessionRecord::fromJson(doc.object(), &error)) {
            if (record->last4.size() > 4 || hasLongDigitRun(record->reason) || !masked(record->replay)) {
                __builtin_trap();
            }
            for (const auto& e : record->events) {
                if (hasLongDigitRun(e.detail) || hasLongDigitRun(e.step) || hasLongDigitRun(e.kind)) {
                    __builtin_trap();
                }
            }
            QString again;
            if (!voicepay::SessionRecord::fromJson(record->toJson(), &again)) {
                __builtin_trap();
            }
        } else if (error.isEmpty()) {
            __builtin_trap();
        }
    }
    return 0;
}
