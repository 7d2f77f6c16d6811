#include "anetxmlnode.h"

namespace voicepay {

const AnetXmlNode* AnetXmlNode::child(QStringView childName) const
{
    for (const AnetXmlNode& c : children) {
        if (c.name == childName) {
            return &c;
        }
    }
    return nullptr;
}

const AnetXmlNode* AnetXmlNode::find(QStringView path) const
{
    const AnetXmlNode* node = this;
    for (QStringView part : path.split(QLatin1Char('/'))) {
        node = node->child(part);
        if (!node) {
            return nullptr;
        }
    }
    return node;
}

QString AnetXmlNode::value(QStringView path) const
{
    const AnetXmlNode* node = find(path);
    return node ? node->text.trimmed() : QString();
}

QList<const AnetXmlNode*> AnetXmlNode::childrenNamed(QStringView childName) const
{
    QList<const AnetXmlNode*> found;
    for (const AnetXmlNode& c : children) {
        if (c.name == childName) {
            found << &c;
        }
    }
    return found;
}

} // namespace voicepay
