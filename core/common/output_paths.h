#pragma once

#include <QString>
#include <vector>

namespace traceload {

// An output a command will write, with the flag that named it (for messages).
struct NamedOutput
{
    QString flag; // "-o", "--mapping-out", ...
    QString path; // empty: not requested
};

// Checked before a command does any work, so that a typo or an unwritable folder fails in
// a second, not after the mapping, the deployment or a whole replay. Throws InputError
// naming the path and the flag when an output ends in '/' or is a folder, its folder is
// missing or does not take a new file, or two outputs are the same file.
void checkOutputs(const std::vector<NamedOutput>& outputs);

// Creates `folder` when missing and checks that a file can be created in it (by creating
// and removing one: permission bits say nothing to root, a read-only mount says no to
// everyone). Throws InputError naming the folder, the flag and the system's reason.
void checkWritableFolder(const QString& folder, const QString& flag);

} // namespace traceload
