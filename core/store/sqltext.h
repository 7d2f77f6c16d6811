#pragma once

#include <QString>
#include <QVariant>

namespace voicepay {

// QtSql binds a null QString as SQL NULL; the store's text columns are NOT NULL and take '' instead.
inline QVariant sqlText(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace voicepay
