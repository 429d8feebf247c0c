#include "schedule/stages.h"

#include <fmt/format.h>

namespace regimen::schedule {

std::vector<const program::Block*> stages(const program::Program& program) {
  std::vector<const program::Block*> out;
  for (const auto& node : program.body) {
    const auto* block = std::get_if<program::Block>(&node);
    if (block != nullptr && block->kind == program::Block::Kind::Stage) out.push_back(block);
  }
  return out;
}

const program::Block* stage_on(const program::Program& program, int day) {
  for (const program::Block* stage : stages(program)) {
    if (stage->runs && stage->runs->contains(day)) return stage;
  }
  return nullptr;
}

std::string moving_on(const program::Program& program, const program::Block& stage) {
  std::vector<const program::Block*> all = stages(program);
  const program::Block* next = nullptr;
  for (std::size_t i = 0; i + 1 < all.size(); ++i) {
    if (all[i] == &stage) next = all[i + 1];
  }
  std::string to = next ? fmt::format("move on to the next stage ({})", next->title) : "the program is done";
  std::string sign = stage.criterion;
  while (!sign.empty() && (sign.back() == '.' || sign.back() == ' ')) sign.pop_back();
  if (stage.days && sign.empty()) return program::label(*stage.days, " to ") + ".";
  if (stage.days) return fmt::format("{} at least, then {} when {}.", program::label(*stage.days, " to "), to, sign);
  if (!sign.empty()) {
    std::string out = fmt::format("{} when {}.", to, sign);
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
  }
  return "";
}

std::vector<const program::Block*> undated_stages(const program::Program& program) {
  std::vector<const program::Block*> out;
  for (const program::Block* stage : stages(program)) {
    if (!stage->runs) out.push_back(stage);
  }
  return out;
}

program::Program in_stage(const program::Program& program, const program::Block& stage) {
  program::Program out = program;
  out.body.clear();
  for (const auto& node : program.body) {
    const auto* block = std::get_if<program::Block>(&node);
    if (block == nullptr || block->kind != program::Block::Kind::Stage) {
      out.body.push_back(node);
    } else if (block == &stage) {
      program::Block copy = *block;
      copy.runs = program::DayRange{1, program::kMostScheduledDay, TimeUnit::Days};
      out.body.emplace_back(std::move(copy));
    }
  }
  return out;
}

}  // namespace regimen::schedule
