#pragma once

#include <QList>
#include <QPixmap>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace voicepay::ui {

class KpiTableModel;

// Writes a historical report as CSV (the tables, each with its totals row, one after the other with a blank
// line between them) or as a PDF (title, what the report covers, charts and the tables with their totals).
class ReportExporter
{
public:
    static bool writeCsv(const QList<const KpiTableModel*>& tables, const QString& path, QString* error);
    // `statement`: one line each, what the report covers (period, site, test calls, split).
    static bool writePdf(const QString& title, const QStringList& statement, const QList<QPixmap>& charts,
        const QList<const KpiTableModel*>& tables, const QString& path, QString* error);

private:
    // Draws `table` from `y` on, on as many pages as it needs; returns where it ended.
    static int drawTable(QPainter& p, QPagedPaintDevice& pdf, const KpiTableModel& table, int y);
};

} // namespace voicepay::ui
