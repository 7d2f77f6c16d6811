#include "simoptions.h"

namespace voicepay::sim {

std::optional<CommonOptions> parseCommonOptions(const QStringList& args, const QStringList& commandFlags,
    QString* error)
{
    CommonOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QStringLiteral("--"))) {
            o.positional << a;
            continue;
        }
        if (i + 1 >= args.size()) {
            *error = a + QStringLiteral(" needs a value");
            return std::nullopt;
        }
        const QString value = args.at(++i);
        if (a == u"--config") {
            auto config = ConfigReader::fromFile(value, error);
            if (!config) {
                return std::nullopt;
            }
            o.config = *config;
        } else if (a == u"--date") {
            o.date = QDate::fromString(value, Qt::ISODate);
            if (!o.date.isValid()) {
                *error = QStringLiteral("--date: \"%1\" is not a date as YYYY-MM-DD").arg(value);
                return std::nullopt;
            }
        } else if (commandFlags.contains(a)) {
            o.rest << a << value;
        } else {
            *error = QStringLiteral("unknown option %1").arg(a);
            return std::nullopt;
        }
    }
    return o;
}

} // namespace voicepay::sim
