//! The emergency and support numbers (DESIGN.md §5): how each is dialled
//! and shown. Their names and opening hours are in the catalogues
//! (`helpline-<slug>-name`, `helpline-<slug>-hours`).

/// A number people can call or text for help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Helpline {
    /// 17: police and gendarmerie.
    Police,
    /// 112: the European emergency number.
    European,
    /// 15: medical emergencies (SAMU).
    Medical,
    /// 18: fire and rescue.
    Fire,
    /// 114: by text message, for people who cannot speak or hear.
    Sms,
    /// 3919: Violences Femmes Info.
    ViolenceAgainstWomen,
    /// 119: children in danger.
    Children,
    /// 116 006: France Victimes.
    Victims,
    /// 3018: violence on the internet.
    Online,
    /// 3928: the Défenseur des droits.
    DefenseurDesDroits,
}

impl Helpline {
    /// Every number, emergencies first.
    pub const ALL: &'static [Helpline] = &[
        Helpline::Police,
        Helpline::European,
        Helpline::Medical,
        Helpline::Fire,
        Helpline::Sms,
        Helpline::ViolenceAgainstWomen,
        Helpline::Children,
        Helpline::Victims,
        Helpline::Online,
        Helpline::DefenseurDesDroits,
    ];

    /// The emergency numbers.
    pub const EMERGENCY: &'static [Helpline] = &[
        Helpline::Police,
        Helpline::European,
        Helpline::Sms,
        Helpline::Medical,
        Helpline::Fire,
    ];

    /// The number as people read it.
    pub fn number(self) -> &'static str {
        match self {
            Helpline::Police => "17",
            Helpline::European => "112",
            Helpline::Medical => "15",
            Helpline::Fire => "18",
            Helpline::Sms => "114",
            Helpline::ViolenceAgainstWomen => "3919",
            Helpline::Children => "119",
            Helpline::Victims => "116 006",
            Helpline::Online => "3018",
            Helpline::DefenseurDesDroits => "3928",
        }
    }

    /// The link that dials it (or opens a text message, for 114).
    pub fn href(self) -> String {
        let digits: String = self.number().chars().filter(char::is_ascii_digit).collect();
        if self == Helpline::Sms {
            format!("sms:{digits}")
        } else {
            format!("tel:{digits}")
        }
    }

    /// The middle of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            Helpline::Police => "17",
            Helpline::European => "112",
            Helpline::Medical => "15",
            Helpline::Fire => "18",
            Helpline::Sms => "114",
            Helpline::ViolenceAgainstWomen => "3919",
            Helpline::Children => "119",
            Helpline::Victims => "116006",
            Helpline::Online => "3018",
            Helpline::DefenseurDesDroits => "3928",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_dial_the_digits_and_114_is_a_text_message() {
        assert_eq!(Helpline::Victims.href(), "tel:116006");
        assert_eq!(Helpline::Sms.href(), "sms:114");
        assert_eq!(Helpline::Police.href(), "tel:17");
    }

    #[test]
    fn slugs_are_the_digits() {
        for line in Helpline::ALL {
            assert_eq!(line.href()[4..], *line.slug(), "{line:?}");
        }
    }
}
