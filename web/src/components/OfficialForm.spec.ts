import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import OfficialForm from './OfficialForm.vue'
import { makeFragmentData } from '@/gql'
import { graphql } from '@/gql'
import { mountApp, stubGraphQL } from '@/test/mountApp'

// Same selection as the component's fragment (codegen dedupes identical documents).
const OfficialFormFieldsFragment = graphql(`
  fragment OfficialFormFields on Official {
    id
    fullName
    dateOfBirth
    gender
    ethnicity
    email
    phone
    bloc
    position
    professionalLevel
    politicalTheoryLevel
    stateManagementLevel
    hardshipArea
    commune {
      id
      name
      province {
        id
        name
      }
    }
  }
`)

const official = makeFragmentData(
  {
    __typename: 'Official',
    id: 'o1',
    fullName: 'Hồ Thị Lan',
    dateOfBirth: '1982-04-15',
    gender: 'FEMALE',
    ethnicity: 'Kinh',
    email: 'lan.ht@quynhluu.gov.vn',
    phone: '0912345678',
    bloc: 'GOVERNMENT',
    position: 'PEOPLES_COMMITTEE_VICE_CHAIR',
    professionalLevel: 'BACHELOR',
    politicalTheoryLevel: 'INTERMEDIATE',
    stateManagementLevel: 'SPECIALIST',
    hardshipArea: false,
    commune: { __typename: 'Commune', id: 'c-ql', name: 'Quỳnh Lưu', province: { __typename: 'Province', id: 'p-na', name: 'Nghệ An' } },
  },
  OfficialFormFieldsFragment,
)

describe('OfficialForm', () => {
  beforeEach(() => {
    stubGraphQL({
      ProvinceOptions: () => ({ data: { provinces: [{ __typename: 'Province', id: 'p-na', name: 'Nghệ An' }] } }),
      CommuneOptions: () => ({
        data: { communes: [{ __typename: 'Commune', id: 'c-ql', name: 'Quỳnh Lưu', kind: 'COMMUNE' }] },
      }),
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows Vietnamese messages under a 10,000-character name and a bad email, and does not submit', async () => {
    const { wrapper } = await mountApp(OfficialForm, { props: { official } })
    await flushPromises()
    await wrapper.get('[data-testid="field-fullName"]').setValue('x'.repeat(10_000))
    await wrapper.get('[data-testid="field-email"]').setValue('lan.ht(at)quynhluu')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[data-testid="error-fullName"]').text()).toBe('Họ và tên quá dài: tối đa 200 ký tự.')
    expect(wrapper.get('[data-testid="error-email"]').text()).toContain('Email không đúng định dạng')
    expect(wrapper.get('[data-testid="form-error-summary"]').text()).toBe(
      'Biểu mẫu còn 2 lỗi, vui lòng sửa các trường được đánh dấu.',
    )
    expect(wrapper.get('[data-testid="field-fullName"]').attributes('aria-invalid')).toBe('true')
    expect(wrapper.emitted('submit')).toBeUndefined()
  })

  it('submits the edited values when they are valid', async () => {
    const { wrapper } = await mountApp(OfficialForm, { props: { official } })
    await flushPromises()
    await wrapper.get('[data-testid="field-fullName"]').setValue('Hồ Thị Lan Anh')
    await wrapper.get('[data-testid="field-phone"]').setValue('+84 912 345 679')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.find('[data-testid="error-fullName"]').exists()).toBe(false)
    expect(wrapper.emitted('submit')?.[0]?.[0]).toMatchObject({
      fullName: 'Hồ Thị Lan Anh',
      phone: '+84 912 345 679',
      communeId: 'c-ql',
      bloc: 'GOVERNMENT',
    })
  })

  it("shows the server's field reasons under the matching fields until the field is edited", async () => {
    const { wrapper } = await mountApp(OfficialForm, { props: { official } })
    await flushPromises()
    await wrapper.setProps({ serverErrors: { phone: 'invalid_phone', dateOfBirth: 'out_of_range' } })
    await flushPromises()
    expect(wrapper.get('[data-testid="error-phone"]').text()).toContain('Số điện thoại không đúng định dạng Việt Nam')
    expect(wrapper.get('[data-testid="error-dateOfBirth"]').text()).toMatch(/^Ngày sinh phải từ 01\/01\/1940 đến \d\d\/\d\d\/\d{4}/)
    await wrapper.get('[data-testid="field-phone"]').setValue('0987654321')
    expect(wrapper.find('[data-testid="error-phone"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="error-dateOfBirth"]').exists()).toBe(true)
  })

  it('fixes a coordinator to their own commune', async () => {
    const { wrapper } = await mountApp(OfficialForm, { props: { fixedCommune: { id: 'c-ql', name: 'Quỳnh Lưu' } } })
    await flushPromises()
    const commune = wrapper.get('[data-testid="field-fixed-commune"]')
    expect((commune.element as HTMLInputElement).value).toBe('Quỳnh Lưu')
    expect(commune.attributes('readonly')).toBeDefined()
    expect(wrapper.find('[data-testid="field-province"]').exists()).toBe(false)
  })

  it('speaks English when English is chosen', async () => {
    const { wrapper } = await mountApp(OfficialForm, { props: { official }, locale: 'en' })
    await flushPromises()
    await wrapper.get('[data-testid="field-fullName"]').setValue('')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[data-testid="error-fullName"]').text()).toBe('Please enter the full name.')
  })
})
