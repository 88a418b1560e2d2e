/** Why a message, though it may name money and dates, asks for no repayment. */
export type SkipReason = 'verification' | 'delivery' | 'confirmation' | 'marketing';

const VERIFICATION = /验证码|校验码|动态码|动态密码/;
const DELIVERY = /快递|包裹|取件|派送|驿站|签收|物流|运单/;
// Reminders end with "如已还款请忽略" and "还款成功后额度恢复": conditions, not confirmations.
const CONDITIONAL = /(?:如果|倘若|如|若)[^,.;!?。；！？\n]{0,30}|还款成功后|还款后/g;
const CONFIRMATION =
  /还款成功|成功还款|已结清|已还清|已全部还清|已还款\s*(?:[¥￥]|人民币)?\d|扣款成功|已自动还款|还款.{0,16}已(?:到账|入账)/;
const STILL_OWED = /剩余应还|剩余待还|仍需还|尚需还|还需还|尚未还/;
// 额度 alone is no offer: statements mention 可用额度 and 还款后恢复额度.
const MARKETING = /领取|领券|优惠|立减|满减|抽奖|提额|额度已?提升|提升额度|临时额度|专属额度|红包|免息券|福利|限时|最高可借|可借|借钱|办理/;
// Wording only a bill uses; a bill that also advertises (还款享立减) is still a bill.
const BILL_WORDING = /本期应还|本月应还|应还金额|应还款|(?:本期|本月)账单|账单金额|最低还款|最低应还|已逾期|逾期金额|还款日|到期日|待还/;

/** Why `message` is not a bill (codes, parcels, confirmations, advertising), or null when it may be one. */
export function skipReason(message: string): SkipReason | null {
  if (VERIFICATION.test(message)) return 'verification';
  if (DELIVERY.test(message)) return 'delivery';
  const stated = message.replace(CONDITIONAL, '');
  if (CONFIRMATION.test(stated) && !STILL_OWED.test(stated)) return 'confirmation';
  if (MARKETING.test(message) && !BILL_WORDING.test(message)) return 'marketing';
  return null;
}
