#pragma once

#include <QList>
#include <QPixmap>
#include <QString>

namespace voicepay::ui {

class KpiTableModel;

// Writes a historical report as CSV (the table) or as a PDF (title, range, charts and table).
class ReportExporter
{
public:
    static bool writeCsv(const KpiTableModel& table, const QString& path, QString* error);
    static bool writePdf(const QString& title, const QString& subtitle, const QList<QPixmap>& charts,
        const KpiTableModel& table, const QString& path, QString* error);
};

} // namespace voicepay::ui
