#pragma once

#include <QByteArray>
#include <QString>

// Validates one gateway message against the published AnetApiSchema.xsd with `xmllint --noout --schema`.
// Returns an empty string when the message is valid, else xmllint's complaint (or why it could not run).
QString schemaErrors(const QByteArray& xml);
QString schemaPath();
