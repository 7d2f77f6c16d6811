#pragma once

#include <QByteArray>
#include <QString>

// Validates one gateway message against the published AnetApiSchema.xsd with `xmllint --noout --schema`.
// Returns an empty string when the message is valid, else xmllint's complaint (or why it could not run).
QString schemaErrors(const QByteArray& xml);
QString schemaPath();
// The same against the published schema with what the current API adds to the list requests (status, sorting
// and paging of getUnsettledTransactionListRequest, sorting and paging of getTransactionListRequest): the
// client pages its look-ups as the current API takes them. Empty when the patch no longer applies cleanly
// would be wrong, so a schema that cannot be patched is an error.
QString schemaErrorsWithPaging(const QByteArray& xml);
