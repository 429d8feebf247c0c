#include "schedule/stages.h"

#include <fmt/format.h>

#include "base/names.h"
#include "base/words.h"

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
  std::string sign = words::clause(stage.criterion);
  if (stage.days && sign.empty()) {
    std::string days = program::label(*stage.days, " to ");
    return next ? fmt::format("{}, then {}.", days, to) : days + ".";
  }
  if (stage.days) return fmt::format("{} at least, then {} when {}.", program::label(*stage.days, " to "), to, sign);
  if (!sign.empty()) return words::capitalised(fmt::format("{} when {}.", to, sign));
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
  out.length.reset();  // how much of the program is left when the stage starts is not known
  bool reached = false;
  for (const auto& node : program.body) {
    const auto* block = std::get_if<program::Block>(&node);
    if (block == nullptr || block->kind != program::Block::Kind::Stage) {
      out.body.push_back(node);
    } else if (block == &stage) {
      reached = true;
      program::Block copy = *block;
      copy.runs = program::DayRange{1, program::kMostScheduledDay, TimeUnit::Days};
      out.body.emplace_back(std::move(copy));
    } else if (reached) {
      out.body.push_back(node);  // after an undated stage, every stage is undated
    }
  }
  return out;
}

namespace {

bool has_items(const std::vector<program::Node>& body) {
  for (const auto& node : body) {
    if (std::holds_alternative<program::Item>(node) || has_items(std::get<program::Block>(node).body)) return true;
  }
  return false;
}

}  // namespace

std::vector<const program::Block*> stages_holding(const program::Program& program) {
  std::vector<const program::Block*> out;
  for (const program::Block* stage : stages(program)) {
    if (has_items(stage->body)) out.push_back(stage);
  }
  return out;
}

int earliest_day(const program::Program& program) {
  for (const auto& node : program.body) {
    const auto* block = std::get_if<program::Block>(&node);
    bool in_stage = block != nullptr && block->kind == program::Block::Kind::Stage;
    if (!in_stage && (block == nullptr || has_items(block->body))) return 1;
  }
  int start = 1;
  for (const program::Block* stage : stages(program)) {
    if (stage->runs) start = stage->runs->first;
    if (has_items(stage->body)) return start;
    start = stage->days ? std::max(start + 1, stage->days->last + 1) : start + 1;
  }
  return program::kMostScheduledDay;
}

const program::Block* find_stage(const program::Program& program, std::string_view name) {
  std::vector<const program::Block*> all = stages(program);
  for (const program::Block* stage : all) {
    if (stage->title == name) return stage;
  }
  std::string key = names::lookup_key(name);
  for (const program::Block* stage : all) {
    if (names::lookup_key(stage->title) == key) return stage;
  }
  return nullptr;
}

std::string stretch_label(const program::Program& program, const Stretch& stretch) {
  std::string days = program::label_in_sentence(stretch.days);
  const program::Block* stage = stage_on(program, stretch.days.first);
  if (stage == nullptr) return days;
  return stretch.from_stage_start ? fmt::format("{} of stage {}", days, stage->title)
                                  : fmt::format("{} (stage {})", days, stage->title);
}

}  // namespace regimen::schedule
