"""The three steps after an interview, in one place.

- `kinds`: which steps there are (StepKind).
- `schedule`: when each falls due (working hours, business days, the rounds rule).
- `wording`: what each says (titles, descriptions, drafts), pure text.
- `context`: the one view of an interview every channel words a step from.
- `settings`: changing the user's settings that move steps, and re-planning them.
- `timeline`: what the employer said about their timeline, read as the date it implies.
"""
