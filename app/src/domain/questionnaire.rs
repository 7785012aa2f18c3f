//! What every citizen flow shares: answers kept in a server-side draft,
//! steps met in a fixed order, and a check page reached once every step
//! that applies is answered.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The answers of a flow, and the order of the steps that collect them.
pub trait Questionnaire:
    Default + Clone + Serialize + DeserializeOwned + Send + Sync + 'static
{
    /// A page of the flow that collects answers.
    type Step: Copy + PartialEq + Send + Sync + 'static;

    /// Every step, in the order the citizen meets them.
    const STEPS: &'static [Self::Step];

    /// Whether the draft holds an answer for `step`.
    fn is_complete(&self, step: Self::Step) -> bool;

    /// Whether `step` is asked at all for these answers (a verified
    /// identity, for example, makes the appointment step moot).
    fn applies(&self, _step: Self::Step) -> bool {
        true
    }

    /// The citizen has seen the check page: a changed answer returns there.
    fn checked(&self) -> bool;

    /// The first step that applies and has no answer; `None` when the
    /// citizen can check their answers.
    fn first_missing_step(&self) -> Option<Self::Step> {
        Self::STEPS
            .iter()
            .copied()
            .find(|s| self.applies(*s) && !self.is_complete(*s))
    }

    /// Whether the citizen may open `step`: every step before it is answered.
    fn can_open(&self, step: Self::Step) -> bool {
        match self.first_missing_step() {
            None => true,
            Some(missing) => position::<Self>(missing) >= position::<Self>(step),
        }
    }

    /// The step that applies after `step`; `None` after the last.
    fn step_after(&self, step: Self::Step) -> Option<Self::Step> {
        Self::STEPS[position::<Self>(step) + 1..]
            .iter()
            .copied()
            .find(|s| self.applies(*s))
    }

    /// The step that applies before `step`; `None` before the first.
    fn step_before(&self, step: Self::Step) -> Option<Self::Step> {
        Self::STEPS[..position::<Self>(step)]
            .iter()
            .rev()
            .copied()
            .find(|s| self.applies(*s))
    }

    /// "Step 3 of 10": the position among the steps that apply, and their count.
    fn progress(&self, step: Self::Step) -> (usize, usize) {
        let applying: Vec<_> = Self::STEPS
            .iter()
            .copied()
            .filter(|s| self.applies(*s))
            .collect();
        let at = applying.iter().position(|s| *s == step).unwrap_or(0);
        (at + 1, applying.len())
    }
}

/// Index of `step` in the flow's order.
fn position<Q: Questionnaire>(step: Q::Step) -> usize {
    Q::STEPS.iter().position(|s| *s == step).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::Questionnaire;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Step {
        A,
        B,
        C,
    }

    #[derive(Debug, Clone, Default, Serialize, Deserialize)]
    struct Answers {
        done: Vec<u8>,
        skip_b: bool,
    }

    impl Questionnaire for Answers {
        type Step = Step;
        const STEPS: &'static [Step] = &[Step::A, Step::B, Step::C];
        fn is_complete(&self, step: Step) -> bool {
            self.done.contains(&(step as u8))
        }
        fn applies(&self, step: Step) -> bool {
            !(self.skip_b && step == Step::B)
        }
        fn checked(&self) -> bool {
            false
        }
    }

    #[test]
    fn the_first_missing_step_is_the_first_unanswered_one() {
        let mut answers = Answers::default();
        assert_eq!(answers.first_missing_step(), Some(Step::A));
        answers.done = vec![0, 2];
        assert_eq!(answers.first_missing_step(), Some(Step::B));
        assert!(answers.can_open(Step::B));
        assert!(!answers.can_open(Step::C));
        answers.done.push(1);
        assert_eq!(answers.first_missing_step(), None);
        assert!(answers.can_open(Step::C));
    }

    #[test]
    fn a_step_that_does_not_apply_is_skipped_everywhere() {
        let answers = Answers {
            done: vec![0],
            skip_b: true,
        };
        assert_eq!(answers.first_missing_step(), Some(Step::C));
        assert_eq!(answers.step_after(Step::A), Some(Step::C));
        assert_eq!(answers.step_before(Step::C), Some(Step::A));
        assert_eq!(answers.progress(Step::C), (2, 2));
        assert_eq!(answers.step_after(Step::C), None);
        assert_eq!(answers.step_before(Step::A), None);
    }
}
