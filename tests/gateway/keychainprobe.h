#pragma once

#include <QString>

// Whether a Secret Service answers on this D-Bus session; empty when it does, else why not (for QSKIP).
QString secretServiceUnavailableReason();

// Every file under the product's configuration and data folders, the QSettings file and `extraFolders`
// that contains `secret`; empty when none does.
QStringList filesContaining(const QString& secret, const QStringList& extraFolders);
