// The trace reader over all three CSV files: one input is invocations.csv, durations.csv
// and memory.csv separated by "\n%%%%\n" lines.
#include "fuzz_input.h"
#include "trace/trace_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace traceload;
    const std::vector<QByteArray> files = fuzz::splitInput(data, size, 3);
    fuzz::writeScratch(QStringLiteral("invocations.csv"), files[0]);
    fuzz::writeScratch(QStringLiteral("durations.csv"), files[1]);
    fuzz::writeScratch(QStringLiteral("memory.csv"), files[2]);
    fuzz::expectInputErrorOnly([] {
        TraceReadOptions options;
        options.firstSlot = 1; // a window, so that the kept and the skipped slots are both read
        options.slotCount = 2;
        TraceReader::read(fuzz::scratchDir(), options);
        TraceReader::read(fuzz::scratchDir());
    });
    return 0;
}
