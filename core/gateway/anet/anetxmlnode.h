#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace voicepay {

// One element of a parsed gateway message: its local name, its text (leaf elements) and its children.
struct AnetXmlNode
{
    QString name;
    QString text;
    QList<AnetXmlNode> children;
    bool redacted = false; // a card field whose digits went to a SensitiveDigits buffer, not into `text`

    const AnetXmlNode* child(QStringView childName) const;
    // A '/'-separated path of child names below this node: "transactionResponse/responseCode".
    const AnetXmlNode* find(QStringView path) const;
    bool has(QStringView path) const { return find(path) != nullptr; }
    // The trimmed text at `path`, or an empty string when it is missing.
    QString value(QStringView path) const;
    QList<const AnetXmlNode*> childrenNamed(QStringView childName) const;
};

} // namespace voicepay
